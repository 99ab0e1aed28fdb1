package org.portico.commerce;

import java.util.List;

/**
 * One page of orders, newest first.
 *
 * @param page zero-based
 */
public record OrderPage(List<OrderSummary> orders, int page, int pageSize, long total) {

    public int pages() {
        return (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
