namespace Humanitarian.Beneficiaries.Entities;

/// <summary>A recorded consent: given or not, and when and by whom that was last recorded (null times: never asked).</summary>
public sealed record Consent(bool Given, DateTime? RecordedTime, Guid? RecordedBy)
{
    public static readonly Consent None = new(false, null, null);

    /// <summary>Unchanged when the answer is the same: the record is of when it was given or withdrawn.</summary>
    public Consent Record(bool given, DateTime now, Guid? userId) =>
        given == Given && RecordedTime is not null ? this : new Consent(given, now, userId);
}
