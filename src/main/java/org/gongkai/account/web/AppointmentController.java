package org.gongkai.account.web;

import org.gongkai.account.AdministratorAppointments;
import org.gongkai.account.AgencyAccess;
import org.gongkai.platform.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pending requests for new administrator accounts (三员分立): the system administrator who
 * asked sees them; the security and the audit administrator each confirm or refuse.
 */
@Controller
class AppointmentController {

	static final String PAGE = "/admin/account/appointments";

	private final AdministratorAppointments appointments;

	AppointmentController(AdministratorAppointments appointments) {
		this.appointments = appointments;
	}

	@GetMapping(PAGE)
	String list(Model model) {
		model.addAttribute("appointments", this.appointments.pending());
		return "account/appointments";
	}

	@PostMapping(PAGE + "/{id}/confirm")
	String confirm(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			Long created = this.appointments.confirm(id, AgencyAccess.current().id());
			redirect.addFlashAttribute("doneKey",
					(created != null) ? "appointments.appointed" : "appointments.confirmed");
			return "redirect:" + PAGE;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(model);
		}
	}

	@PostMapping(PAGE + "/{id}/refuse")
	String refuse(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.appointments.refuse(id, AgencyAccess.current().id());
			redirect.addFlashAttribute("doneKey", "appointments.refused");
			return "redirect:" + PAGE;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorKey", ex.messageKey());
			model.addAttribute("errorArguments", ex.arguments());
			return list(model);
		}
	}

}
