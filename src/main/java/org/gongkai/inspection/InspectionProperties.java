package org.gongkai.inspection;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Inspection settings ({@code gongkai.inspection.*}).
 *
 * @param cron when every agency is inspected (default: 02:00 on the first of each month,
 * in the platform's time zone); {@code -} turns the schedule off
 * @param terms wrong → right forms of fixed political terms ({@code 错误→正确}), for every
 * agency
 * @param leaders wrong → right forms of leaders' names and titles, each either for every
 * agency or for one ({@code 统一社会信用代码|错误→正确})
 * @param sensitiveWords words that must not appear in published titles and bodies
 * @param taskDays working days a rectification task gets by default
 */
@ConfigurationProperties("gongkai.inspection")
public record InspectionProperties(@DefaultValue("0 0 2 1 * *") String cron, @DefaultValue( {
		"中华人名共和国→中华人民共和国", "一带一路倡仪→一带一路倡议", "社会主义核心价值现→社会主义核心价值观" }) List<String> terms,
		@DefaultValue({}) List<String> leaders, @DefaultValue({}) List<String> sensitiveWords,
		@DefaultValue("10") int taskDays){

}
