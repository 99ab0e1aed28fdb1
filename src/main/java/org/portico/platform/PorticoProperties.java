package org.portico.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Settings under {@code portico.*}; each can be set as an environment variable
 * ({@code PORTICO_DATA_DIR}, {@code PORTICO_DEMO}, {@code PORTICO_BASE_URL},
 * {@code PORTICO_LINK_HOSTS}).
 *
 * @param dataDir folder for the embedded database, the search index and uploaded files
 * @param demo whether an empty installation is filled with the demo organisation
 * @param baseUrl the public address used in links sent by email
 * @param linkHosts host names that mailed links may take from a request while
 *     {@code baseUrl} is empty; loopback addresses are always allowed
 * @param commandMode true when running a command-line tool rather than the server
 */
@ConfigurationProperties("portico")
public record PorticoProperties(Path dataDir, boolean demo, String baseUrl,
        List<String> linkHosts, boolean commandMode) {

    private static final Logger log = LoggerFactory.getLogger(PorticoProperties.class);

    /**
     * The address to put in links sent by email: the configured {@code portico.base-url}, or
     * else the address the current request came to. The request's {@code Host} header is
     * chosen by whoever sends it, so it is used only when it names this machine or one of
     * {@code portico.link-hosts}; otherwise the link points at {@code localhost}, which can
     * never lead a reader to someone else's server with a password-reset token in hand.
     */
    public String publicBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "");
        }
        UriComponents request = ServletUriComponentsBuilder.fromCurrentContextPath().build();
        if (mayLinkTo(request.getHost())) {
            return request.toUriString();
        }
        log.warn("A request came for host {}, which is not in portico.link-hosts; mailed links "
                + "point at localhost until portico.base-url is set", request.getHost());
        return ServletUriComponentsBuilder.fromCurrentContextPath().host("localhost").build()
                .toUriString();
    }

    private boolean mayLinkTo(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (linkHosts != null && linkHosts.stream().anyMatch(name::equalsIgnoreCase)) {
            return true;
        }
        return isLoopback(name);
    }

    private static boolean isLoopback(String name) {
        if (name.equals("localhost")) {
            return true;
        }
        String literal = name.replaceAll("^\\[|]$", "");
        if (!literal.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
