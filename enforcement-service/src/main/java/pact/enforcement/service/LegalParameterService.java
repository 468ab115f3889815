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
import pact.enforcement.domain.LegalParameterRow;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LegalParameterRow> rows() {
        return LegalParameterRow.listAll(io.quarkus.panache.common.Sort.by("key.name").and("key.effectiveFrom"));
    }
}
