package org.portico.cases.internal;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.portico.cases.internal.SlaSettings.Calendar;
import org.portico.cases.internal.SlaSettings.Policy;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service-level settings in the console, for administrators: the business-hours
 * calendars (time zone, weekly hours, holidays) and the policies per priority and tier.
 */
@Controller
class SlaAdminController {

    private final SlaSettings settings;

    SlaAdminController(SlaSettings settings) {
        this.settings = settings;
    }

    @ModelAttribute("weekdays")
    List<DayOfWeek> weekdays() {
        return List.of(DayOfWeek.values());
    }

    @GetMapping("/console/admin/slas")
    String page(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "priority", required = false) String priority,
            @RequestParam(name = "tier", required = false) String tier, Model model) {
        requireAdmin(user);
        SlaPolicyForm form = settings.policies().stream()
                .filter(p -> p.priority().equals(priority) && p.tier().equals(tier))
                .findFirst().map(SlaPolicyForm::of).orElseGet(SlaPolicyForm::new);
        return policyPage(model, form);
    }

    @PostMapping("/console/admin/slas/policies")
    String savePolicy(@AuthenticationPrincipal PorticoUser user,
            @ModelAttribute("policy") SlaPolicyForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireAdmin(user);
        form.validate(errors, settings.calendars().stream().map(Calendar::id).toList());
        if (errors.hasErrors()) {
            return policyPage(model, form);
        }
        settings.save(form.toPolicy());
        redirect.addFlashAttribute("saved", "policy");
        return "redirect:/console/admin/slas";
    }

    @GetMapping("/console/admin/slas/calendars/new")
    String newCalendar(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireAdmin(user);
        return calendarPage(model, new SlaCalendarForm(), null);
    }

    @GetMapping("/console/admin/slas/calendars/{id}")
    String editCalendar(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            Model model) {
        requireAdmin(user);
        return calendarPage(model, SlaCalendarForm.of(calendar(id)), id);
    }

    @PostMapping("/console/admin/slas/calendars")
    String saveCalendar(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "id", required = false) Long id,
            @ModelAttribute("calendar") SlaCalendarForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        requireAdmin(user);
        if (id != null) {
            calendar(id);
        }
        form.validate(errors);
        if (!errors.hasFieldErrors("name") && settings.nameTaken(form.getName().strip(), id)) {
            errors.rejectValue("name", "sla.calendar.name.taken");
        }
        if (errors.hasErrors()) {
            return calendarPage(model, form, id);
        }
        settings.save(form.toCalendar(id));
        redirect.addFlashAttribute("saved", "calendar");
        return "redirect:/console/admin/slas";
    }

    private String policyPage(Model model, SlaPolicyForm form) {
        List<Calendar> calendars = settings.calendars();
        model.addAttribute("calendars", calendars);
        model.addAttribute("calendarNames", calendars.stream()
                .collect(Collectors.toMap(Calendar::id, Calendar::name)));
        model.addAttribute("policies", settings.policies().stream()
                .sorted(Comparator.comparing((Policy p) -> p.tier())
                        .thenComparing(p -> SlaPolicyForm.PRIORITIES.indexOf(p.priority())))
                .toList());
        model.addAttribute("policy", form);
        model.addAttribute("priorities", SlaPolicyForm.PRIORITIES);
        model.addAttribute("tiers", SlaPolicyForm.TIERS);
        return "cases/sla-admin";
    }

    private String calendarPage(Model model, SlaCalendarForm form, Long id) {
        model.addAttribute("calendar", form);
        model.addAttribute("editing", id);
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
        return "cases/sla-calendar";
    }

    private Calendar calendar(long id) {
        return settings.calendar(id).orElseThrow(() -> new NotFoundException("calendar " + id));
    }

    private static void requireAdmin(PorticoUser user) {
        if (user == null || user.role() != Role.ADMIN) {
            throw new AccessDeniedException("SLA settings are for administrators");
        }
    }
}
