namespace Humanitarian.Beneficiaries.Verifications;

public static class DeliveryVerificationConsts
{
    public const int MaxNameLength = 256;
    public const int MaxNoteLength = 2000;

    /// <summary>
    /// The most deliveries one round samples, whether given as a size or worked out from a percentage:
    /// verifiers visit or call each one, and a round larger than this is several rounds.
    /// </summary>
    public const int MaxSampleSize = 1000;

    public const int MaxSamplePercent = 100;
}

/// <summary>What the verifier found when checking one sampled delivery with its address.</summary>
public enum VerificationOutcome
{
    Pending,
    Received,
    NotReceived,
    ReceivedWithIssues,
}
