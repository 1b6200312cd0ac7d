package nl.naober.kernel;

/** Rechtspersonen en Samenwerkingsverbanden Informatienummer: nine digits passing the 11-proof. */
public record Rsin(String value) {

    public Rsin {
        if (!ElevenProof.isValid(value)) {
            throw new InvalidIdentifierException("rsin",
                    "Het RSIN moet uit negen cijfers bestaan en voldoen aan de elfproef.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
