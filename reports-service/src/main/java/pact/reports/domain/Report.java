package pact.reports.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** One report of anti-social behaviour at a place and time. */
@Entity
public class Report extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Qualifier qualifier;

    @Enumerated(EnumType.STRING)
    public AsbCategory category;

    public String description;
    public double latitude;
    public double longitude;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "reported_at")
    public Instant reportedAt;

    /** When the report last changed: its intake or its latest lifecycle entry ({@link ReportUpdate}). */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Enumerated(EnumType.STRING)
    public ReportSource source;

    /** The sending system's own id for the record, when it has one; unique, so a resend is caught. */
    @Column(name = "source_reference")
    public String sourceReference;

    /** How the report reached PACT; set by PACT at intake, never by the sender. */
    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel")
    public IntakeChannel intakeChannel = IntakeChannel.STAFF;

    /** Staff's choice for the public feed: true published, false withdrawn, null left to the channel. */
    public Boolean published;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    public String address;

    @Column(name = "cctv_camera_ref")
    public String cctvCameraRef;

    /** British National Grid metres, derived from latitude and longitude at intake. */
    public Double easting;
    public Double northing;

    @Column(name = "ward_code")
    public String wardCode;

    @Column(name = "ward_name")
    public String wardName;

    @Column(name = "lsoa_code")
    public String lsoaCode;

    @Column(name = "lsoa_name")
    public String lsoaName;

    /** Kept from a partner feed although it lies outside Westminster. */
    @Column(name = "out_of_area")
    public boolean outOfArea;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "reporter_email")
    public String reporterEmail;

    @Column(name = "reporter_phone")
    public String reporterPhone;

    @Column(name = "victim_name")
    public String victimName;

    @Column(name = "victim_contact")
    public String victimContact;

    /** Who the victim is, as a key that matches across reports (see PersonKey); null without a victim. */
    @Column(name = "victim_key")
    public String victimKey;

    @Column(name = "reporter_key")
    public String reporterKey;

    @Column(name = "vulnerability_flags")
    @Convert(converter = VulnerabilityFlags.class)
    public Set<VulnerabilityFlag> vulnerabilityFlags = EnumSet.noneOf(VulnerabilityFlag.class);

    /** Sets the grid position, ward and LSOA from where the report falls. */
    public void placeAt(pact.reports.geo.WestminsterAreas.Placement placement) {
        easting = placement.easting();
        northing = placement.northing();
        wardCode = placement.wardCode();
        wardName = placement.wardName();
        lsoaCode = placement.lsoaCode();
        lsoaName = placement.lsoaName();
        outOfArea = !placement.insideWestminster();
    }

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    /** A new report last changed when it came in. */
    @jakarta.persistence.PrePersist
    void updatedAtIntake() {
        if (updatedAt == null) {
            updatedAt = reportedAt;
        }
    }
}
