using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Rollup;

/// <summary>One child tenant's addresses over its whole subtree, as counts: a parent never reads a child's records.</summary>
public sealed class ChildAddressCountsDto
{
    public Guid TenantId { get; set; }
    public string TenantName { get; set; } = "";

    /// <summary>Addresses still waiting for help or helped (surveyed, verified, supported).</summary>
    public int Open { get; set; }

    /// <summary>Open addresses with a sponsorship running today.</summary>
    public int Sponsored { get; set; }

    /// <summary>Addresses given support in the year asked for.</summary>
    public int Helped { get; set; }
}

public sealed class ChildAddressCountsInput
{
    /// <summary>The calendar year of <see cref="ChildAddressCountsDto.Helped"/>; this year by default.</summary>
    [System.ComponentModel.DataAnnotations.Range(2000, 2100)]
    public int? Year { get; set; }
}

public interface IAddressRollupAppService : IApplicationService
{
    /// <summary>Each child tenant's counts (the host: each province's); an empty list for a tenant without children.</summary>
    Task<ListResultDto<ChildAddressCountsDto>> GetChildCountsAsync(ChildAddressCountsInput input);
}
