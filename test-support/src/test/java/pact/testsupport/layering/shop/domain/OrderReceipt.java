package pact.testsupport.layering.shop.domain;

/** Deliberately bad: domain code that picks an HTTP status, by a qualified name and no import. */
public final class OrderReceipt {
    private OrderReceipt() {
    }

    public static int statusFor(Order order) {
        return order.totalPence > 0 ? jakarta.ws.rs.core.Response.Status.OK.getStatusCode()
                : jakarta.ws.rs.core.Response.Status.BAD_REQUEST.getStatusCode();
    }
}
