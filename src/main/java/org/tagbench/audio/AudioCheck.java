package org.tagbench.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link AudioFiles#inspect} found: the clip as it decodes ({@code info.frames()} counts the frames that decode),
 * how many frames its header declared, and how many NaN/Inf samples had to be zeroed.
 *
 * @param declaredFrames frames the header promised, {@link AudioInfo#UNKNOWN_FRAMES} when it does not say
 */
public record AudioCheck(AudioInfo info, long declaredFrames, int zeroedSamples) {

    public AudioCheck {
        Objects.requireNonNull(info, "info");
    }

    /** Only part of the audio decodes as the file meant it. */
    public boolean partial() {
        return info.truncated() || zeroedSamples > 0;
    }

    /** What was kept, e.g. "0.02 s of a declared 2.40 s; 412 NaN or infinite samples zeroed"; null for a whole clip. */
    public String summary() {
        if (!partial()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (info.truncated()) {
            parts.add(declaredFrames > info.frames()
                    ? seconds(info.frames()) + " of a declared " + seconds(declaredFrames)
                    : seconds(info.frames()) + " kept (" + truncationWarning() + ")");
        }
        if (zeroedSamples > 0) {
            parts.add(zeroedSamples + " NaN or infinite samples zeroed");
        }
        return String.join("; ", parts);
    }

    private String seconds(long frames) {
        return String.format(Locale.ROOT, "%.2f s", (double) frames / info.sampleRate());
    }

    private String truncationWarning() {
        return info.warnings().stream().filter(w -> w.startsWith("truncated: ")).findFirst()
                .map(w -> w.substring("truncated: ".length())).orElse("decoding stopped early");
    }
}
