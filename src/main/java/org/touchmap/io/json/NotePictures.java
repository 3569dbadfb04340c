package org.touchmap.io.json;

import java.util.Base64;

import org.touchmap.io.FileProblem;
import org.touchmap.io.JsonPath;
import org.touchmap.io.ProblemKind;
import org.touchmap.io.pictures.PictureIntake;
import org.touchmap.model.Picture;

/**
 * A storyboard frame's picture as the file keeps it, checked before the map takes it: a known
 * encoding, valid base64, and an image of that encoding within the size a picture is kept at.
 */
final class NotePictures {
    private NotePictures() {
    }

    static Picture read(NoteDto.PictureDto dto, JsonPath at) {
        Picture.Format format = switch (dto.type()) {
            case "png" -> Picture.Format.PNG;
            case "jpeg" -> Picture.Format.JPEG;
            default -> throw FileProblem.at(at.key("type"), ProblemKind.STORED_NOT_A_PICTURE);
        };
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(dto.data());
        } catch (IllegalArgumentException e) {
            throw FileProblem.at(at.key("data"), ProblemKind.STORED_NOT_A_PICTURE);
        }
        return PictureIntake.stored(format, bytes, (kind, args) -> FileProblem.at(at.key("data"), kind, args));
    }
}
