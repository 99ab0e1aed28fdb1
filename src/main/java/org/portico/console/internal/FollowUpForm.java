package org.portico.console.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an agent types when handing an interest to sales.
 */
class FollowUpForm {

    @NotBlank
    @Size(max = 500)
    private String interest = "";

    @NotBlank
    private String productCode = "";

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }
}
