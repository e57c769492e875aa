package eu.hubtable.impact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import eu.hubtable.impact.Indicator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class IndicatorChartTest {

    @Test
    void theChartIsAPngOfTheAnnouncedSizeWithBarsInBothColours() throws Exception {
        List<Figure> figures = Arrays.stream(Indicator.values()).map(i -> new Figure(i, 12.0, 4.0)).toList();
        HubIndicators indicators = new HubIndicators(1, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 2, 19),
                LocalDate.of(2026, 2, 28), figures);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(IndicatorChart.png(indicators, key -> key)));

        assertThat(image.getWidth()).isEqualTo(IndicatorChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(IndicatorChart.HEIGHT);
        boolean blue = false;
        boolean grey = false;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                blue |= rgb == 0x0072B2;
                grey |= rgb == 0x999999;
            }
        }
        assertThat(blue).as("bars of this period").isTrue();
        assertThat(grey).as("bars of the previous period").isTrue();
    }
}
