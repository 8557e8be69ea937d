using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Data.Seeding;

// The rows of seeds/<tenant>/*.json (seeds/README.md); other units, areas and documents are named by code or number.

internal sealed record AreaSeed(string Code, string Name, AdministrativeAreaLevel Level, string? Parent);

internal sealed record UnitSeed(string Code, string Name, UnitKind Kind, string? Parent, string? Area, List<ContactSeed>? Contacts);

internal sealed record ContactSeed(string Name, string? Position, string? Email, string? Phone, bool ReceivesReminders);

internal sealed record DocumentSeed(
    DocumentKind Kind, string? Number, DateOnly? IssueDate, string Issuer, string? Signer, string? Title, string? Summary,
    List<string>? LegalBasis, List<string>? Recipients, string? Note);

/// <param name="Parent">Name of the committee above (a district board under the city board).</param>
internal sealed record CommitteeSeed(
    string Name, CommitteeKind Kind, string? EstablishedBy, string? Note, string? Parent, List<MemberSeed> Members);

internal sealed record MemberSeed(
    string FullName, string? Unit, CommitteePosition Position, string? Title, DateOnly TermStart, DateOnly? TermEnd);
