package org.portico.community.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.portico.identity.PorticoUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A question with its answers and comments as one reader may see them: visible posts, the
 * reader's own held posts, and for moderators everything not deleted. Accepted answers come
 * first, then official ones, then by score.
 */
@Component
class QuestionThreads {

    private static final Comparator<Entry> ANSWER_ORDER = Comparator
            .comparing((Entry e) -> !e.answer().accepted())
            .thenComparing(e -> !e.answer().official())
            .thenComparing(e -> -e.answer().score())
            .thenComparing(e -> e.answer().createdAt());

    private final CommunityService community;
    private final PostStore posts;
    private final Follows follows;

    QuestionThreads(CommunityService community, PostStore posts, Follows follows) {
        this.community = community;
        this.posts = posts;
        this.follows = follows;
    }

    record Entry(Post answer, List<Post> comments) {
    }

    /**
     * @param mayAccept the reader is the asker or a moderator
     * @param votes the reader's votes by post id
     */
    record Thread(Post question, List<Post> comments, List<Entry> answers,
            Map<Long, Integer> votes, boolean following, boolean mayAccept, boolean moderator,
            boolean asker) {
    }

    @Transactional(readOnly = true)
    Thread read(PorticoUser reader, String site, long questionId) {
        Post question = community.readableQuestion(reader, questionId);
        if (site != null && !site.equals(question.site())) {
            throw new org.portico.platform.NotFoundException("community question " + questionId);
        }
        boolean moderator = community.isModerator(reader);
        boolean asker = reader != null && reader.id() == question.authorId();
        List<Post> replies = posts.repliesTo(questionId).stream()
                .filter(p -> p.isVisible() || moderator
                        || reader != null && p.authorId() == reader.id())
                .toList();
        Map<Long, List<Post>> comments = replies.stream()
                .filter(p -> p.kind() == Post.Kind.COMMENT)
                .collect(Collectors.groupingBy(Post::parentId));
        List<Entry> answers = replies.stream().filter(p -> p.kind() == Post.Kind.ANSWER)
                .map(a -> new Entry(a, comments.getOrDefault(a.id(), List.of())))
                .sorted(ANSWER_ORDER).toList();
        boolean following = reader != null && follows.follows(reader.id(), question.site(),
                Follows.Target.QUESTION, String.valueOf(questionId));
        return new Thread(question, comments.getOrDefault(questionId, List.of()), answers,
                community.votesOf(reader, questionId), following, asker || moderator,
                moderator, asker);
    }
}
