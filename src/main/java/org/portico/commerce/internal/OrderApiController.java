package org.portico.commerce.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.portico.commerce.OrderDesk;
import org.portico.commerce.OrderDetail;
import org.portico.commerce.OrderItem;
import org.portico.commerce.OrderPage;
import org.portico.commerce.OrderQuery;
import org.portico.commerce.OrderStatus;
import org.portico.commerce.OrderSummary;
import org.portico.commerce.Orders;
import org.portico.commerce.PlaceOrder;
import org.portico.identity.PorticoUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders in JSON. Business contacts see and place their current account's orders; agents see
 * the orders of the accounts their queues and sites reach (every order when not limited). Bad
 * input is 400 with a message per field, a refused action 409.
 */
@RestController
@RequestMapping("/api/v1/orders")
class OrderApiController {

    private final Orders orders;
    private final OrderDesk desk;

    OrderApiController(Orders orders, OrderDesk desk) {
        this.orders = orders;
        this.desk = desk;
    }

    @GetMapping
    OrderPage list(@AuthenticationPrincipal PorticoUser user,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "status", required = false) OrderStatus status,
            @RequestParam(name = "from", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(name = "page", defaultValue = "0") int page) {
        OrderQuery query = new OrderQuery(text, status, from, to, null, page);
        return user.role().isStaff() ? desk.search(user, query) : orders.search(user, query);
    }

    @GetMapping("/{number}")
    OrderDetail read(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return user.role().isStaff() ? desk.read(user, number) : orders.read(user, number);
    }

    @PostMapping
    ResponseEntity<OrderDetail> place(@AuthenticationPrincipal PorticoUser user,
            @RequestBody ApiOrderRequest request) {
        OrderDetail placed = orders.place(user, request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.order().number()))
                .body(placed);
    }

    @PostMapping("/{number}/cancel")
    OrderSummary cancel(@AuthenticationPrincipal PorticoUser user,
            @PathVariable("number") String number) {
        return user.role().isStaff() ? desk.cancel(user, number) : orders.cancel(user, number);
    }

    /** The JSON body of a new order. */
    static class ApiOrderRequest {

        private List<ApiLine> lines = new ArrayList<>();
        private String poNumber;
        private String idempotencyKey;

        /** Quantities that are not whole numbers become 0, which the order rules reject. */
        PlaceOrder toCommand() {
            OrderInput input = new OrderInput();
            List<OrderItem> items = new ArrayList<>();
            for (int i = 0; lines != null && i < lines.size(); i++) {
                ApiLine line = lines.get(i);
                int quantity = input.quantity("lines[" + i + "].quantity", line.getQuantity());
                items.add(new OrderItem(line.getProduct(), quantity));
            }
            return new PlaceOrder(items, poNumber, idempotencyKey);
        }

        public List<ApiLine> getLines() {
            return lines;
        }

        public void setLines(List<ApiLine> lines) {
            this.lines = lines;
        }

        public String getPoNumber() {
            return poNumber;
        }

        public void setPoNumber(String poNumber) {
            this.poNumber = poNumber;
        }

        public String getIdempotencyKey() {
            return idempotencyKey;
        }

        public void setIdempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
        }
    }

    /** One line of a new order: a product code and a quantity (a number or a string). */
    static class ApiLine {

        private String product;
        private Object quantity;

        public String getProduct() {
            return product;
        }

        public void setProduct(String product) {
            this.product = product;
        }

        public Object getQuantity() {
            return quantity;
        }

        public void setQuantity(Object quantity) {
            this.quantity = quantity;
        }
    }
}
