package org.portico.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.portico.identity.AccountDetails;
import org.portico.identity.BusinessAccounts;
import org.portico.identity.Contact;
import org.portico.identity.PorticoUser;
import org.portico.identity.Role;
import org.portico.platform.InvalidRequest;
import org.portico.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in contact's current business account over HTTP. Members read; administrators
 * also change details and contacts. Field errors come back in the caller's language.
 */
@RestController
class AccountApiController {

    private final BusinessAccounts accounts;
    private final ContactAdministration administration;
    private final Invitations invitations;
    private final MessageSource messages;

    AccountApiController(BusinessAccounts accounts, ContactAdministration administration,
            Invitations invitations, MessageSource messages) {
        this.accounts = accounts;
        this.administration = administration;
        this.invitations = invitations;
        this.messages = messages;
    }

    /** A change to a contact; absent fields stay as they are. */
    record ContactChange(Role role, Boolean active) {
    }

    /** An invitation to send. */
    record InvitationRequest(String email, Role role) {
    }

    @GetMapping("/api/v1/account")
    AccountDetails account(@AuthenticationPrincipal PorticoUser user) {
        return details(administration.businessAccount(user));
    }

    @PutMapping("/api/v1/account")
    ResponseEntity<Object> update(@AuthenticationPrincipal PorticoUser user,
            @RequestBody AccountForm form) {
        long account = administration.administeredAccount(user);
        BindingResult errors = new BeanPropertyBindingResult(form, "account");
        AccountFormValidator.validate(form, administration.activeContactIds(account), errors);
        if (errors.hasErrors()) {
            throw InvalidRequest.of(errors, "account");
        }
        accounts.update(account, form.toDetails(), user.id());
        return ResponseEntity.ok(details(account));
    }

    @GetMapping("/api/v1/account/contacts")
    List<Contact> contacts(@AuthenticationPrincipal PorticoUser user) {
        return accounts.contacts(administration.businessAccount(user));
    }

    @PostMapping("/api/v1/account/invitations")
    ResponseEntity<Object> invite(@AuthenticationPrincipal PorticoUser user,
            @RequestBody InvitationRequest request, Locale locale) {
        long account = administration.administeredAccount(user);
        Role role = request.role() == null ? Role.BUSINESS_MEMBER : request.role();
        String error = InvitationRules.check(request.email(), role, invitations, account);
        if (error != null) {
            String field = InvitationRules.ROLE_ERROR.equals(error) ? "role" : "email";
            throw InvalidRequest.field(field, error);
        }
        invitations.invite(account, user, request.email(), role, "business",
                messages.getMessage("account.invite.mail.subject", null, locale),
                messages.getMessage("account.invite.mail.body", null, locale));
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("email", request.email().trim(), "role", role));
    }

    @PatchMapping("/api/v1/account/contacts/{userId}")
    ResponseEntity<Object> change(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("userId") long userId, @RequestBody ContactChange change) {
        if (change.role() != null && !change.role().isBusinessContact()) {
            throw InvalidRequest.field("role", InvitationRules.ROLE_ERROR);
        }
        return ResponseEntity.ok(
                administration.change(user, userId, change.role(), change.active()));
    }

    private AccountDetails details(long account) {
        return accounts.details(account).orElseThrow(() -> new NotFoundException("account"));
    }
}
