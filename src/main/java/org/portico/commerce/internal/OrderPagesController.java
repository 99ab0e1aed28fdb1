package org.portico.commerce.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.portico.commerce.InvalidOrder;
import org.portico.commerce.OrderDetail;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderRefused;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.Orders;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.portico.sites.SiteView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The business portal's orders: history with search and filters, the catalogue with the cart,
 * placing an order, an order with its lines, cancelling and reordering.
 */
@Controller
class OrderPagesController {

    private final Orders orders;

    OrderPagesController(Orders orders) {
        this.orders = orders;
    }

    @GetMapping("/s/{site}/orders")
    String history(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, HistoryFilter filter, Model model) {
        PorticoUser contact = contact(site, user);
        Map<String, String> errors = new LinkedHashMap<>();
        OrderQuery query = new OrderQuery(filter.getQ(), status(filter.getStatus()),
                date("from", filter.getFrom(), errors), date("to", filter.getTo(), errors),
                null, filter.getPage());
        model.addAttribute("filter", filter);
        model.addAttribute("filterErrors", errors);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("result", orders.search(contact, query));
        return "commerce/orders";
    }

    @GetMapping("/s/{site}/orders/cart")
    String cart(@ModelAttribute("site") SiteView site, @AuthenticationPrincipal PorticoUser user,
            Model model) {
        return cartPage(contact(site, user), model, Map.of(), null, "");
    }

    @PostMapping("/s/{site}/orders/cart")
    String add(@ModelAttribute("site") SiteView site, @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "product", defaultValue = "") String product,
            @RequestParam(name = "quantity", defaultValue = "") String quantity, Model model) {
        PorticoUser contact = contact(site, user);
        try {
            orders.addToCart(contact, product, quantity);
        } catch (InvalidOrder invalid) {
            return cartPage(contact, model, invalid.fieldErrors(), product, "");
        }
        return "redirect:/s/" + site.slug() + "/orders/cart#cart";
    }

    @PostMapping("/s/{site}/orders/cart/{product}")
    String change(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("product") String product,
            @RequestParam(name = "quantity", defaultValue = "") String quantity, Model model) {
        PorticoUser contact = contact(site, user);
        try {
            orders.changeQuantity(contact, product, quantity);
        } catch (InvalidOrder invalid) {
            return cartPage(contact, model, invalid.fieldErrors(), "cart-" + product, "");
        }
        return "redirect:/s/" + site.slug() + "/orders/cart#cart";
    }

    @PostMapping("/s/{site}/orders/cart/{product}/remove")
    String remove(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("product") String product) {
        orders.removeFromCart(contact(site, user), product);
        return "redirect:/s/" + site.slug() + "/orders/cart#cart";
    }

    @PostMapping("/s/{site}/orders")
    String place(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "poNumber", defaultValue = "") String poNumber,
            @RequestParam(name = "idempotencyKey", defaultValue = "") String key, Model model) {
        PorticoUser contact = contact(site, user);
        try {
            OrderDetail placed = orders.placeCart(contact, poNumber, key);
            return "redirect:/s/" + site.slug() + "/orders/" + placed.order().number()
                    + "?placed";
        } catch (InvalidOrder invalid) {
            return cartPage(contact, model, invalid.fieldErrors(), "place", poNumber);
        }
    }

    @GetMapping("/s/{site}/orders/{number}")
    String detail(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("number") String number,
            Model model) {
        PorticoUser contact = contact(site, user);
        OrderDetail detail = orders.read(contact, number);
        model.addAttribute("detail", detail);
        model.addAttribute("mayCancel", orders.mayCancel(contact, detail.order()));
        return "commerce/order";
    }

    @PostMapping("/s/{site}/orders/{number}/cancel")
    String cancel(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("number") String number,
            RedirectAttributes redirect) {
        try {
            orders.cancel(contact(site, user), number);
            redirect.addFlashAttribute("done", "commerce.order.cancelled");
        } catch (OrderRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/s/" + site.slug() + "/orders/" + number;
    }

    @PostMapping("/s/{site}/orders/{number}/reorder")
    String reorder(@ModelAttribute("site") SiteView site,
            @AuthenticationPrincipal PorticoUser user, @PathVariable("number") String number) {
        orders.reorder(contact(site, user), number);
        return "redirect:/s/" + site.slug() + "/orders/cart?reordered#cart";
    }

    @ExceptionHandler(SignInFirst.class)
    String signIn(SignInFirst needed) {
        return "redirect:/s/" + needed.site + "/signin";
    }

    private String cartPage(PorticoUser contact, Model model, Map<String, String> errors,
            String errorAt, String poNumber) {
        model.addAttribute("products", orders.catalogue(contact));
        model.addAttribute("cart", orders.cart(contact));
        model.addAttribute("errors", errors);
        model.addAttribute("errorAt", errorAt);
        model.addAttribute("poNumber", poNumber);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "commerce/cart";
    }

    private static PorticoUser contact(SiteView site, PorticoUser user) {
        if (!site.isBusiness()) {
            throw new NotFoundException("orders on " + site.slug());
        }
        if (user == null) {
            throw new SignInFirst(site.slug());
        }
        if (!user.role().isBusinessContact() || user.accountId() == null) {
            throw new NotFoundException("orders for " + user.role());
        }
        return user;
    }

    private static OrderStatus status(String value) {
        for (OrderStatus status : OrderStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException invalid) {
            errors.put(field, "commerce.filter.date.invalid");
            return null;
        }
    }

    /** A visitor who is not signed in, sent to the site's sign-in page. */
    static final class SignInFirst extends RuntimeException {

        private final String site;

        SignInFirst(String site) {
            super("sign in first");
            this.site = site;
        }
    }

    /** The history's search box and filters, as typed. */
    public static class HistoryFilter {

        private String q = "";
        private String status = "";
        private String from = "";
        private String to = "";
        private int page;

        public String getQ() {
            return q;
        }

        public void setQ(String q) {
            this.q = q;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = page;
        }
    }
}
