package pact.enforcement.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import jakarta.inject.Inject;
import pact.enforcement.domain.LawChange;
import pact.enforcement.domain.LegalParameterChange;
import pact.enforcement.domain.LegalParameterRow;
import pact.enforcement.domain.NoticeDraft;
import pact.support.problem.ProblemException;
import pact.enforcement.domain.LegalParameters;

/**
 * Reads the effective-dated law from the {@code legal_parameter} table, and applies the
 * commencement date of the Crime and Policing Act 2026 fixed-penalty increase when it is
 * configured (the date is set by regulations, so it is configuration, not a migration).
 */
@ApplicationScoped
public class LegalParameterService {
    private static final Logger LOG = Logger.getLogger(LegalParameterService.class);

    @ConfigProperty(name = "pact.law.fixed-penalty-500-from")
    Optional<LocalDate> increaseCommences;

    @ConfigProperty(name = "pact.law.fixed-penalty-increased-maximum", defaultValue = "500")
    String increasedMaximum;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        increaseCommences.ifPresent(date -> {
            LegalParameterRow.Key key = new LegalParameterRow.Key();
            key.name = LegalParameters.PENALTY_MAXIMUM;
            key.effectiveFrom = date;
            if (LegalParameterRow.findById(key) == null) {
                LegalParameterRow row = new LegalParameterRow();
                row.key = key;
                row.value = increasedMaximum;
                row.source = "Crime and Policing Act 2026 (commencement configured)";
                row.persist();
                snapshot = null;
                LOG.infof("Fixed penalty maximum £%s in force from %s", increasedMaximum, date);
            }
        });
    }

    /** Every request consults the law; it changes by a few rows a year, so a copy a minute old is close enough. */
    static final java.time.Duration FRESH_FOR = java.time.Duration.ofSeconds(60);

    private record Snapshot(LegalParameters law, java.time.Instant readAt) {
    }

    private volatile Snapshot snapshot;

    @Transactional(Transactional.TxType.SUPPORTS)
    public LegalParameters current() {
        Snapshot cached = snapshot;
        if (cached != null && cached.readAt().plus(FRESH_FOR).isAfter(java.time.Instant.now())) {
            return cached.law();
        }
        LegalParameters law = new LegalParameters(LegalParameterRow.<LegalParameterRow>listAll().stream()
                .map(row -> new LegalParameters.Entry(row.key.name, row.key.effectiveFrom, row.value))
                .toList());
        snapshot = new Snapshot(law, java.time.Instant.now());
        return law;
    }

    /** What a change did: the value before (null when new) and after (null when withdrawn). */
    public record Changed(LegalParameterRow row, String oldValue, boolean created) {
    }

    @Inject
    AuditLog audit;

    /** Sets a value from a future date, or replaces one set earlier for that date; audited. */
    @Transactional
    public Changed set(LawChange change, String source, Caller caller) {
        check(change);
        change.invalidValue().ifPresent(problem -> {
            throw ProblemException.badField("value", problem);
        });
        LegalParameterRow row = LegalParameterRow.findById(key(change));
        String old = row == null ? null : row.value;
        boolean created = row == null;
        if (created) {
            row = new LegalParameterRow();
            row.key = key(change);
        }
        row.value = change.normalisedValue();
        row.source = source.strip();
        row.persist();
        log(change, old, row.value, row.source, caller);
        return new Changed(row, old, created);
    }

    /** Withdraws a value set for a future date, before it comes into force; audited. */
    @Transactional
    public void withdraw(LawChange change, String source, Caller caller) {
        check(change);
        LegalParameterRow row = LegalParameterRow.findById(key(change));
        if (row == null) {
            throw ProblemException.notFound("A value of " + change.name() + " from " + change.effectiveFrom());
        }
        String old = row.value;
        row.delete();
        log(change, old, null, source, caller);
    }

    private void check(LawChange change) {
        if (LegalParameterRow.count("key.name", change.name()) == 0) {
            throw ProblemException.badField("name", "'" + change.name() + "' is not a legal parameter; see GET "
                    + "/api/v1/legal-parameters for their names");
        }
        change.retroactive(LocalDate.now(NoticeDraft.LONDON)).ifPresent(refusal -> {
            throw ProblemException.ruleRefused(refusal.rule(), refusal.reason());
        });
    }

    private void log(LawChange change, String old, String now, String source, Caller caller) {
        LegalParameterChange entry = new LegalParameterChange();
        entry.at = java.time.Instant.now();
        entry.actor = caller.name();
        entry.name = change.name();
        entry.effectiveFrom = change.effectiveFrom();
        entry.oldValue = old;
        entry.newValue = now;
        entry.source = source;
        entry.persist();
        audit.record(caller, AuditLog.Action.ALTER, "legal-parameter", change.name() + "@" + change.effectiveFrom(),
                source, (old == null ? "set " : "changed " + old + " -> ") + (now == null ? "withdrawn" : now));
        snapshot = null;
    }

    private static LegalParameterRow.Key key(LawChange change) {
        LegalParameterRow.Key key = new LegalParameterRow.Key();
        key.name = change.name();
        key.effectiveFrom = change.effectiveFrom();
        return key;
    }

    /** Every change made through the API, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalParameterChange> changes() {
        return LegalParameterChange.listAll(io.quarkus.panache.common.Sort.by("id").descending());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalParameterRow> rows() {
        return LegalParameterRow.listAll(io.quarkus.panache.common.Sort.by("key.name").and("key.effectiveFrom"));
    }
}
