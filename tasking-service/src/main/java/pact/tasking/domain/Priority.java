package pact.tasking.domain;

/** How urgent a task is; the weight scales how strongly the plan pulls officers to it. */
public enum Priority {
    LOW(1.0),
    MEDIUM(1.5),
    HIGH(2.0),
    URGENT(3.0);

    private final double weight;

    Priority(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
