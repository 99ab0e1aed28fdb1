package org.portico.console.internal;

import org.portico.commerce.OrderDesk;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderRefused;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.portico.identity.PorticoUser;
import org.portico.platform.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Orders of the accounts an agent's queues and sites reach: a filtered list, and an order that
 * an agent confirms, fulfils or cancels under the same rules as everywhere else.
 */
@Controller
class ConsoleOrdersController {

    private final OrderDesk desk;

    ConsoleOrdersController(OrderDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/console/orders")
    String list(@AuthenticationPrincipal PorticoUser agent,
            @RequestParam(name = "status", required = false) OrderStatus status,
            @RequestParam(name = "account", defaultValue = "") String account,
            @RequestParam(name = "number", defaultValue = "") String number,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        ConsoleAccess.requireAgent(agent);
        model.addAttribute("status", status);
        model.addAttribute("account", account);
        model.addAttribute("number", number);
        model.addAttribute("statuses", OrderStatus.values());
        model.addAttribute("result",
                desk.search(agent, new OrderQuery(number, status, null, null, account, page)));
        return "console/orders";
    }

    @GetMapping("/console/orders/{number}")
    String detail(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, Model model) {
        ConsoleAccess.requireAgent(agent);
        model.addAttribute("detail", desk.read(agent, number));
        return "console/order";
    }

    @PostMapping("/console/orders/{number}/{action}")
    String act(@AuthenticationPrincipal PorticoUser agent,
            @PathVariable("number") String number, @PathVariable("action") String action,
            RedirectAttributes redirect) {
        ConsoleAccess.requireAgent(agent);
        try {
            OrderSummary order = switch (action) {
                case "confirm" -> desk.confirm(agent, number);
                case "fulfil" -> desk.fulfil(agent, number);
                case "cancel" -> desk.cancel(agent, number);
                default -> throw new NotFoundException("order action " + action);
            };
            redirect.addFlashAttribute("done", "commerce.status." + order.status());
        } catch (OrderRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/console/orders/" + number;
    }
}
