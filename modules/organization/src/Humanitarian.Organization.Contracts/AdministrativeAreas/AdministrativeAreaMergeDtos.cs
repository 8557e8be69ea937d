using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Organization.AdministrativeAreas;

public sealed class MergeAdministrativeAreaInput
{
    [Required]
    public Guid? TargetId { get; set; }
}

/// <summary>A merge's effect: shown before (preview) and returned after.</summary>
public sealed class AdministrativeAreaMergeDto
{
    public Guid SourceId { get; set; }
    public string SourceName { get; set; } = "";
    public Guid TargetId { get; set; }
    public string TargetName { get; set; } = "";
    public int UnitsMoved { get; set; }
    public int SubAreasMoved { get; set; }
}
