package org.portico.platform.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Sends only links to static files through the servlet's URL encoding, where Spring's
 * resource chain puts the webjar versions in. Every other link was looked up there too: the
 * resource chain tried each page address (a member's profile, a vote form, …) as a file on
 * the class path and found nothing, over and over, on every page. On a community question
 * with 50 answers those misses were about 70 % of the CPU time of the request. Session ids
 * are never written into URLs here (Spring Security turns URL rewriting off), so nothing
 * else is lost.
 */
@Component
class StaticResourceLinks implements BeanPostProcessor {

    private static final String[] STATIC_PREFIXES = {"/webjars/", "/css/", "/js/"};

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            engine.setLinkBuilder(new LinkBuilder());
        }
        return bean;
    }

    /** Thymeleaf's standard links, with the URL encoding kept for static files only. */
    static final class LinkBuilder extends StandardLinkBuilder {

        @Override
        protected String processLink(IExpressionContext context, String link) {
            return isStatic(link) ? super.processLink(context, link) : link;
        }

        /** Whether the link points into a static folder (after a context path, if any). */
        static boolean isStatic(String link) {
            for (String prefix : STATIC_PREFIXES) {
                if (link.contains(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
