package org.gongkai.backup.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.gongkai.backup.BackupFile;
import org.gongkai.backup.Backups;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's backup page ({@code /admin/backups}): the archives written
 * so far and a button that writes one now. Backups are files on the node's disk, to be
 * copied off the machine by whoever runs it; the page does not download them.
 */
@Controller
class BackupController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Backups backups;

	private final Clock clock;

	BackupController(Backups backups, Clock clock) {
		this.backups = backups;
		this.clock = clock;
	}

	@GetMapping("/admin/backups")
	String page(Model model) {
		model.addAttribute("backups",
				this.backups.list()
					.stream()
					.map((b) -> new Row(b.name(), Math.max(1, (b.bytes() + 1023) / 1024),
							TIME.format(b.createdAt().atZone(this.clock.getZone()))))
					.toList());
		model.addAttribute("directory", this.backups.directory().toString());
		return "backup/list";
	}

	@PostMapping("/admin/backups")
	String create(RedirectAttributes redirect) {
		try {
			BackupFile file = this.backups.create();
			redirect.addFlashAttribute("created", file.name());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("errorKey", ex.messageKey());
		}
		return "redirect:/admin/backups";
	}

	/** One archive as the page shows it. */
	record Row(String name, long kilobytes, String time) {
	}

}
