package eu.hubtable.impact;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Members who agreed to be shown, most engaged first, and everyone else as one sum (none when there is nobody else). */
public record MemberEngagementReport(List<MemberEngagement> named, @Nullable MemberEngagement others) {
}
