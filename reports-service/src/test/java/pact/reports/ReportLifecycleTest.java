package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pact.reports.domain.ReportLifecycle;
import pact.reports.domain.ReportStatus;

class ReportLifecycleTest {

    @Test
    void a_new_report_is_triaged_then_tasked_then_resolved_then_closed() {
        assertTrue(ReportLifecycle.refusal(ReportStatus.NEW, ReportStatus.TRIAGED).isEmpty());
        assertTrue(ReportLifecycle.refusal(ReportStatus.TRIAGED, ReportStatus.TASKED).isEmpty());
        assertTrue(ReportLifecycle.refusal(ReportStatus.TASKED, ReportStatus.RESOLVED).isEmpty());
        assertTrue(ReportLifecycle.refusal(ReportStatus.RESOLVED, ReportStatus.CLOSED).isEmpty());
    }

    @Test
    void a_new_report_cannot_be_tasked_before_triage() {
        assertEquals("A report that is NEW cannot become TASKED; it can become [TRIAGED, DUPLICATE, NO_FURTHER_ACTION]",
                ReportLifecycle.refusal(ReportStatus.NEW, ReportStatus.TASKED).orElseThrow());
    }

    @Test
    void closed_and_duplicate_are_final() {
        assertTrue(ReportLifecycle.refusal(ReportStatus.CLOSED, ReportStatus.TRIAGED).orElseThrow()
                .endsWith("CLOSED is final"));
        assertTrue(ReportLifecycle.refusal(ReportStatus.DUPLICATE, ReportStatus.NEW).isPresent());
    }

    @Test
    void a_disputed_resolution_reopens_to_triage() {
        assertTrue(ReportLifecycle.refusal(ReportStatus.RESOLVED, ReportStatus.TRIAGED).isEmpty());
    }
}
