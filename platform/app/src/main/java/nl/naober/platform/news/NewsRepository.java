package nl.naober.platform.news;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsRepository extends JpaRepository<NewsItem, UUID> {

    List<NewsItem> findAllByOrderByPublishOnDescCreatedAtDesc();
}
