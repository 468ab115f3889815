package pact.enforcement.domain;

/** Where a notice stands. */
public enum NoticeStatus {
    ISSUED,
    COMPLIED,
    BREACHED,
    ESCALATED,
    APPEALED,
    QUASHED,
    MODIFIED,
    UPHELD,
    PAID,
    UNPAID,
    WITHDRAWN,
    EXPIRED
}
