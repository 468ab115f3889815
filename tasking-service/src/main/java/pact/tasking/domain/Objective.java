package pact.tasking.domain;

/** What a task sets out to do. */
public enum Objective {
    VISIBLE_PATROL,
    ENFORCEMENT_OPERATION,
    ENGAGEMENT,
    CCTV_REVIEW;

    /** Only these put officers on the ground in the area, so only they enter a patrol plan. */
    public boolean onTheGround() {
        return this != CCTV_REVIEW;
    }
}
