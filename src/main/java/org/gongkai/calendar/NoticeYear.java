package org.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.gongkai.calendar.rules.NoticeDay;

/**
 * A stored holiday notice.
 */
@Entity
@Table(name = "cal_year")
class NoticeYear {

	@Id
	@Column(name = "notice_year")
	private int year;

	private String source;

	private String papers;

	@Column(name = "loaded_at")
	private Instant loadedAt;

	@Column(name = "loaded_by")
	private String loadedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "cal_day", joinColumns = @JoinColumn(name = "notice_year"))
	private List<Day> days = new ArrayList<>();

	protected NoticeYear() {
	}

	NoticeYear(int year) {
		this.year = year;
	}

	void replace(HolidayNotice notice, String source, Instant at, String by) {
		this.source = source;
		this.papers = String.join("\n", notice.papers());
		this.loadedAt = at;
		this.loadedBy = by;
		this.days.clear();
		notice.days().forEach((d) -> this.days.add(new Day(d.date(), d.name(), d.offDay())));
	}

	int year() {
		return this.year;
	}

	String source() {
		return this.source;
	}

	Instant loadedAt() {
		return this.loadedAt;
	}

	String loadedBy() {
		return this.loadedBy;
	}

	List<String> papers() {
		return (this.papers == null || this.papers.isBlank()) ? List.of() : Arrays.asList(this.papers.split("\n"));
	}

	List<NoticeDay> days() {
		return this.days.stream().map((d) -> new NoticeDay(d.day, d.name, d.offDay)).toList();
	}

	String summary() {
		long off = this.days.stream().filter((d) -> d.offDay).count();
		return "year=" + this.year + ", source=" + this.source + ", daysOff=" + off + ", workingWeekends="
				+ (this.days.size() - off);
	}

	@Embeddable
	static class Day {

		@Column(name = "on_date")
		private LocalDate day;

		private String name;

		@Column(name = "off_day")
		private boolean offDay;

		protected Day() {
		}

		Day(LocalDate day, String name, boolean offDay) {
			this.day = day;
			this.name = name;
			this.offDay = offDay;
		}

	}

}
