package pact.tasking.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Tasked work on an area: a hotspot cell or a drawn polygon. */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {
    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public Objective objective;

    /** The hotspot grid cell, when the area is one. */
    @Column(name = "cell_id")
    public String cellId;

    /** The area as a GeoJSON Polygon in WGS84 longitude/latitude. */
    @Column(name = "area_geojson")
    public String areaGeoJson;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "window_end")
    public Instant windowEnd;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    public String outcome;

    @ElementCollection
    @CollectionTable(name = "task_power", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "power")
    @Enumerated(EnumType.STRING)
    public Set<Power> powersNeeded = EnumSet.noneOf(Power.class);

    @ElementCollection
    @CollectionTable(name = "task_report", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "report_id")
    public Set<UUID> reportIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "task_officer", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "officer_id")
    public Set<UUID> officerIds = new HashSet<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
