package org.portico.cases.internal.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.portico.cases.internal.mail.Mailboxes.Mailbox;

/**
 * The mailbox form of the administration page. A blank password on an existing mailbox keeps
 * the stored one.
 */
class MailboxForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotBlank
    @Email
    @Size(max = 254)
    private String address;

    @NotBlank
    @Size(max = 40)
    private String site = "help";

    @Pattern(regexp = "imap|imaps")
    private String protocol = "imaps";

    @NotBlank
    @Size(max = 200)
    private String host;

    @Min(1)
    @Max(65535)
    private int port = 993;

    @NotBlank
    @Size(max = 200)
    private String username;

    @Size(max = 500)
    private String password;

    @NotBlank
    @Size(max = 200)
    private String folder = "INBOX";

    private boolean enabled = true;

    static MailboxForm of(Mailbox mailbox) {
        MailboxForm form = new MailboxForm();
        form.name = mailbox.name();
        form.address = mailbox.address();
        form.site = mailbox.site();
        form.protocol = mailbox.protocol();
        form.host = mailbox.host();
        form.port = mailbox.port();
        form.username = mailbox.username();
        form.folder = mailbox.folder();
        form.enabled = mailbox.enabled();
        return form;
    }

    Mailbox toMailbox(Long id, String storedPassword) {
        String secret = password == null || password.isEmpty() ? storedPassword : password;
        return new Mailbox(id, name.strip(), address.strip(), site.strip(), protocol,
                host.strip(), port, username.strip(), secret == null ? "" : secret,
                folder.strip(), enabled, null, null);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
