package org.portico.cases.internal;

/**
 * A case opened through the API; without a site it goes to the customer's usual site.
 */
class ApiCaseRequest extends OpenCaseForm {

    private String site;

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }
}
