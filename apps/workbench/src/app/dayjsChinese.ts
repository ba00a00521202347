/**
 * antd's date pickers take month and weekday names from dayjs, whose default locale is English; antd's zh_CN
 * locale covers only antd's own words. Every module that shows a date picker imports this file, so the names
 * come in Chinese (一 二 三…, 1月) wherever a picker is, and the locale loads with the picker's chunk.
 */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');
