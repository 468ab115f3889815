package pact.enforcement.mapping;

import java.util.List;

/** The notices for one key of a bulk read (a report id, a task id), in the order the keys were asked for. */
public record NoticeGroup(String key, List<NoticeRecord> notices) {
}
