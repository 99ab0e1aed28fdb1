package org.portico.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the form token (CSRF) of a request is kept: in the session for someone signed in, in
 * a cookie ({@code PORTICO-CSRF}, HttpOnly, SameSite=Lax) for everyone else. Every page carries
 * a token, and keeping anonymous visitors' tokens in the session made each page they opened
 * create a session and write its row. A cookie token is only compared with the form's copy,
 * so whoever could plant a cookie on the visitor's browser (another site under the same
 * domain, a response over plain HTTP) could forge an anonymous form such as sign-in; a signed-in
 * person's token lives on the server and ignores the cookie. Signing in and out clears both.
 */
final class FormTokens implements CsrfTokenRepository {

    static final String COOKIE = "PORTICO-CSRF";
    private static final String HEADER = "X-CSRF-TOKEN";
    private static final String PARAMETER = "_csrf";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    FormTokens() {
        sessions.setHeaderName(HEADER);
        sessions.setParameterName(PARAMETER);
        cookies.setCookieName(COOKIE);
        cookies.setHeaderName(HEADER);
        cookies.setParameterName(PARAMETER);
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request,
            HttpServletResponse response) {
        if (token == null) {
            sessions.saveToken(null, request, response);
            cookies.saveToken(null, request, response);
        } else if (signedIn(request)) {
            sessions.saveToken(token, request, response);
        } else {
            cookies.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return signedIn(request) ? sessions.loadToken(request) : cookies.loadToken(request);
    }

    private static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
