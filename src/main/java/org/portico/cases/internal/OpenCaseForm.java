package org.portico.cases.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.portico.cases.NewCase;
import org.springframework.validation.BindingResult;

/**
 * What a customer types to open a case, on the site or through the API.
 */
class OpenCaseForm {

    @NotBlank
    @Size(max = 200)
    private String subject = "";

    @NotBlank
    private String topic = "";

    @NotBlank
    @Size(max = 10000)
    private String description = "";

    /** An order number such as {@code SO-000123}; empty when the case is about no order. */
    private static final String ORDER_NUMBER = "SO-\\d{6,9}";

    private String orderNumber = "";

    /** Sent with the form so that sending it twice opens one case. */
    private String requestKey;

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    static boolean isOrderNumber(String text) {
        return text != null && text.matches(ORDER_NUMBER);
    }

    /** Rejects an order number that is given but malformed. */
    void checkOrderNumber(BindingResult errors) {
        if (orderNumber != null && !orderNumber.isEmpty() && !isOrderNumber(orderNumber)) {
            errors.rejectValue("orderNumber", "cases.order.invalid");
        }
    }

    NewCase toCommand(String site) {
        String order = orderNumber == null || orderNumber.isBlank() ? null : orderNumber;
        return new NewCase(site, subject, description, topic, order);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
