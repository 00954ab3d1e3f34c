package org.gongkai.calendar;

import java.util.List;

import org.gongkai.calendar.rules.NoticeDay;

/**
 * What the calendar knows of one year.
 *
 * @param year the year
 * @param noticeLoaded whether that year's holiday notice is loaded; if not, the year
 * counts weekends only and deadlines in it are provisional
 * @param papers the addresses of the notice(s)
 * @param daysOff the weekdays and weekend days off listed by notices, within the year
 * @param workingWeekends the weekend days made working days, within the year
 */
public record YearCalendar(int year, boolean noticeLoaded, List<String> papers, List<NoticeDay> daysOff,
		List<NoticeDay> workingWeekends) {

}
