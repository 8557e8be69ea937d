using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Organization.AdministrativeAreas;

public sealed class AdministrativeAreaDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Earlier names, newest first, separated by "; " (null if never renamed).</summary>
    public string? FormerNames { get; set; }

    public AdministrativeAreaLevel Level { get; set; }
    public Guid? ParentId { get; set; }
    public string ConcurrencyStamp { get; set; } = "";
}

public class CreateAdministrativeAreaDto
{
    [Required, StringLength(AdministrativeAreaConsts.MaxCodeLength)]
    public string Code { get; set; } = "";

    [Required, StringLength(AdministrativeAreaConsts.MaxNameLength)]
    public string Name { get; set; } = "";

    [Required, EnumDataType(typeof(AdministrativeAreaLevel))]
    public AdministrativeAreaLevel? Level { get; set; }

    public Guid? ParentId { get; set; }
}

public sealed class UpdateAdministrativeAreaDto : CreateAdministrativeAreaDto
{
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class AdministrativeAreaListInput : PagedAndSortedFilterRequestDto
{
    [EnumDataType(typeof(AdministrativeAreaLevel))]
    public AdministrativeAreaLevel? Level { get; set; }

    public Guid? ParentId { get; set; }
}
