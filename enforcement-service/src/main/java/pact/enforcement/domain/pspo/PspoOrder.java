package pact.enforcement.domain.pspo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A Public Spaces Protection Order in the register; Envers keeps every version. */
@Entity
@org.hibernate.envers.Audited
@Table(name = "pspo_order")
public class PspoOrder extends PanacheEntityBase {
    @Id
    public String id;

    public String name;

    @Column(name = "area_description")
    public String areaDescription;

    /** The mapped area as GeoJSON (WGS84), or null where the order's map has not been digitised. */
    @Column(name = "area_geojson")
    public String areaGeoJson;

    @Enumerated(EnumType.STRING)
    public PspoStatus status;

    @Column(name = "made_on")
    public LocalDate madeOn;

    @Column(name = "last_decision_on")
    public LocalDate lastDecisionOn;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    public String source;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
