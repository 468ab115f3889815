package pact.reports.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.Report;
import pact.reports.domain.ReportSource;
import pact.reports.domain.ReportStatus;
import pact.reports.geo.WestminsterAreas;

/**
 * Imports police.uk files as partner-sourced context reports. All or nothing: the reports go
 * in one transaction, so a failure leaves none of them; progress is committed apart, so it
 * can be watched while the import runs. A second import of the same records adds nothing.
 */
@ApplicationScoped
public class PoliceUkImportService {
    private static final Logger LOG = Logger.getLogger(PoliceUkImportService.class);
    static final int PROGRESS_EVERY = 1000;
    static final int MAX_BAD_ROWS_KEPT = 1000;

    @Inject
    EntityManager entityManager;

    @Inject
    ManagedExecutor executor;

    @Inject
    ObjectMapper json;

    /** Records the job as running and returns its id; {@link #run} does the work. */
    public UUID begin(String format, String fileName, String user) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID();
            job.format = format;
            job.fileName = fileName;
            job.status = ImportJob.Status.RUNNING;
            job.startedBy = user;
            job.startedAt = Instant.now();
            job.persist();
            return job.id;
        });
    }

    /** An import's progress or outcome. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> job(UUID jobId) {
        return ImportJob.findByIdOptional(jobId);
    }

    /** The latest imports, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportJob> latest(int count) {
        return ImportJob.<ImportJob>findAll(Sort.descending("startedAt")).page(0, count).list();
    }

    public void runLater(UUID jobId, byte[] body, boolean isJson, String user) {
        executor.runAsync(() -> run(jobId, body, isJson, user));
    }

    /** Parses and imports; the job ends COMPLETED with its counts, or FAILED with nothing imported. */
    public void run(UUID jobId, byte[] body, boolean isJson, String user) {
        try {
            PoliceUkParser.Parsed parsed = PoliceUkParser.parse(new ByteArrayInputStream(body), isJson,
                    PROGRESS_EVERY, rows -> progress(jobId, rows));
            Counts counts = QuarkusTransaction.requiringNew().timeout(900).call(() -> store(jobId, parsed, user));
            finish(jobId, parsed, counts);
        } catch (PoliceUkParser.InvalidFile e) {
            fail(jobId, "The file is not police.uk data: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %s failed", jobId);
            fail(jobId, "The import failed and nothing was imported: " + e.getMessage());
        }
    }

    private record Counts(int imported, int alreadyPresent, int notAsb, int outOfArea) {
    }

    private Counts store(UUID jobId, PoliceUkParser.Parsed parsed, String user) {
        Set<String> existing = existingReferences(parsed.records());
        Map<String, Integer> occurrences = new HashMap<>();
        int imported = 0;
        int alreadyPresent = 0;
        int notAsb = 0;
        int outOfArea = 0;
        Instant now = Instant.now();
        for (PoliceUkRecord record : parsed.records()) {
            if (!record.isAntiSocialBehaviour()) {
                notAsb++;
                continue;
            }
            String key = record.contentKey();
            String reference = key + "#" + occurrences.merge(key, 1, Integer::sum);
            if (existing.contains(reference)) {
                alreadyPresent++;
                continue;
            }
            Report report = new Report();
            report.id = UUID.randomUUID();
            report.qualifier = Qualifier.NUISANCE;
            report.category = AsbCategory.UNCLASSIFIED;
            report.description = "police.uk ASB record, " + (record.street().isEmpty() ? "no street given"
                    : record.street()) + " (" + record.month() + "; location snapped to an anonymised point)";
            report.latitude = record.latitude();
            report.longitude = record.longitude();
            report.placeAt(WestminsterAreas.get().place(record.latitude(), record.longitude()));
            // police.uk gives the month only
            report.occurredAt = YearMonth.parse(record.month()).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            report.reportedAt = now;
            report.source = ReportSource.PARTNER;
            report.intakeChannel = pact.reports.domain.IntakeChannel.POLICE_UK_IMPORT;
            report.sourceReference = reference;
            report.status = ReportStatus.NEW;
            report.createdBy = user;
            entityManager.persist(report);
            imported++;
            if (report.outOfArea) {
                outOfArea++;
            }
            if (imported % PROGRESS_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
                LOG.infof("Import %s: %d reports stored", jobId, imported);
            }
        }
        return new Counts(imported, alreadyPresent, notAsb, outOfArea);
    }

    private Set<String> existingReferences(List<PoliceUkRecord> records) {
        Set<String> months = new HashSet<>();
        records.forEach(r -> months.add(r.month()));
        Set<String> existing = new HashSet<>();
        for (String month : months) {
            existing.addAll(entityManager.createQuery("select r.sourceReference from Report r "
                    + "where r.sourceReference like :prefix", String.class)
                    .setParameter("prefix", "police.uk:" + month + ":%").getResultList());
        }
        return existing;
    }

    private void progress(UUID jobId, int rows) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update("rowsRead = ?1 where id = ?2", rows, jobId));
        LOG.infof("Import %s: %d rows read", jobId, rows);
    }

    private void finish(UUID jobId, PoliceUkParser.Parsed parsed, Counts counts) {
        String details = details(parsed.bad());
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = ImportJob.Status.COMPLETED;
            job.finishedAt = Instant.now();
            job.rowsRead = parsed.rowsRead();
            job.imported = counts.imported();
            job.alreadyPresent = counts.alreadyPresent();
            job.notAsb = counts.notAsb();
            job.outOfArea = counts.outOfArea();
            job.badRows = parsed.bad().size();
            job.badRowDetails = details;
        });
        LOG.infof("Import %s done: %d rows, %d imported, %d already present, %d bad", jobId, parsed.rowsRead(),
                counts.imported(), counts.alreadyPresent(), parsed.bad().size());
    }

    private void fail(UUID jobId, String message) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.status = ImportJob.Status.FAILED;
            job.finishedAt = Instant.now();
            job.imported = 0;
            job.failure = message.length() > 1000 ? message.substring(0, 1000) : message;
        });
    }

    private String details(List<PoliceUkRecord.Bad> bad) {
        try {
            return json.writeValueAsString(bad.subList(0, Math.min(bad.size(), MAX_BAD_ROWS_KEPT)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
