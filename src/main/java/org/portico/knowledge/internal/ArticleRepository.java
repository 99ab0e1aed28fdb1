package org.portico.knowledge.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySiteAndSlugAndLanguage(String site, String slug, String language);

    Optional<Article> findBySiteAndSourcePath(String site, String sourcePath);

    /** Every language of the article at this address. */
    List<Article> findBySiteAndSlug(String site, String slug);

    List<Article> findBySiteAndSlugAndStatus(String site, String slug, Article.Status status);

    List<Article> findBySiteAndStatus(String site, Article.Status status);

    @Modifying
    @Query("update Article a set a.viewCount = a.viewCount + 1 where a.id = :id")
    void countView(@Param("id") long id);
}
