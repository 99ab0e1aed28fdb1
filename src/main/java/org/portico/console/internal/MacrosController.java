package org.portico.console.internal;

import java.util.Set;

import org.portico.console.ReplyMacro;
import org.portico.console.ReplyMacros;
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

import jakarta.validation.Valid;

/**
 * Supervisors and administrators keep the reply macros at {@code /console/macros}.
 */
@Controller
class MacrosController {

    private static final Set<Role> MANAGERS = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private final ReplyMacros macros;

    MacrosController(ReplyMacros macros) {
        this.macros = macros;
    }

    @GetMapping("/console/macros")
    String list(@AuthenticationPrincipal PorticoUser user, Model model) {
        requireManager(user);
        return page(model, new MacroForm(), null);
    }

    @PostMapping("/console/macros")
    String add(@AuthenticationPrincipal PorticoUser user,
            @Valid @ModelAttribute("form") MacroForm form, BindingResult result, Model model) {
        requireManager(user);
        if (invalid(form, result)) {
            return page(model, form, null);
        }
        macros.add(user, form.getName(), form.getBody(), form.getLanguage());
        return "redirect:/console/macros";
    }

    @GetMapping("/console/macros/{id}/edit")
    String edit(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            Model model) {
        requireManager(user);
        ReplyMacro macro = macros.find(id)
                .orElseThrow(() -> new NotFoundException("reply macro " + id));
        MacroForm form = new MacroForm();
        form.setName(macro.name());
        form.setBody(macro.body());
        form.setLanguage(macro.language());
        return page(model, form, id);
    }

    @PostMapping("/console/macros/{id}")
    String update(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id,
            @Valid @ModelAttribute("form") MacroForm form, BindingResult result, Model model) {
        requireManager(user);
        if (invalid(form, result)) {
            return page(model, form, id);
        }
        macros.update(user, id, form.getName(), form.getBody(), form.getLanguage());
        return "redirect:/console/macros";
    }

    @PostMapping("/console/macros/{id}/delete")
    String delete(@AuthenticationPrincipal PorticoUser user, @PathVariable("id") long id) {
        requireManager(user);
        macros.delete(user, id);
        return "redirect:/console/macros";
    }

    private String page(Model model, MacroForm form, Long editing) {
        model.addAttribute("macros", macros.all());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("languages", MacroForm.LANGUAGES);
        return "console/macros";
    }

    private static boolean invalid(MacroForm form, BindingResult result) {
        if (!form.hasKnownLanguage()) {
            result.rejectValue("language", "console.macros.language.unknown");
        }
        return result.hasErrors();
    }

    static boolean mayManage(PorticoUser user) {
        return user != null && MANAGERS.contains(user.role());
    }

    private static void requireManager(PorticoUser user) {
        if (!mayManage(user)) {
            throw new AccessDeniedException("Macros are kept by supervisors");
        }
    }
}
