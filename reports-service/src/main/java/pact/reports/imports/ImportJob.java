package pact.reports.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One import of a police.uk file: its progress while it runs, its outcome after. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    /** Where an import stands. */
    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    public UUID id;
    public String format;
    @Column(name = "file_name")
    public String fileName;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "rows_read")
    public int rowsRead;
    public int imported;
    @Column(name = "already_present")
    public int alreadyPresent;
    @Column(name = "not_asb")
    public int notAsb;
    @Column(name = "out_of_area")
    public int outOfArea;
    @Column(name = "bad_rows")
    public int badRows;
    /** JSON array of {where, reason}, the first 1,000 bad rows. */
    @Column(name = "bad_row_details")
    public String badRowDetails = "[]";
    public String failure;
}
