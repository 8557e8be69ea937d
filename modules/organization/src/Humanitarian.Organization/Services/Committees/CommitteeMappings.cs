using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Services.Committees;

internal static class CommitteeMappings
{
    public static CommitteeDto ToDto(this Committee committee, FormerTenantNames formerTenants) => new()
    {
        Id = committee.Id,
        Name = committee.Name,
        Kind = committee.Kind,
        CampaignOrFundName = committee.CampaignOrFundName,
        EstablishingDocumentId = committee.EstablishingDocumentId,
        ParentId = committee.ParentId,
        Note = committee.Note,
        ConcurrencyStamp = committee.ConcurrencyStamp,
        TenantId = committee.TenantId,
        FormerTenantName = formerTenants.Of(committee.TenantId),
        CreationTime = committee.CreationTime,
        CreatorId = committee.CreatorId,
        LastModificationTime = committee.LastModificationTime,
        LastModifierId = committee.LastModifierId,
    };

    public static CommitteeMemberDto ToDto(this CommitteeMember member, DateOnly today) => new()
    {
        Id = member.Id,
        CommitteeId = member.CommitteeId,
        FullName = member.FullName,
        UserId = member.UserId,
        UnitId = member.UnitId,
        Position = member.Position,
        Title = member.Title,
        TermStart = member.TermStart,
        TermEnd = member.TermEnd,
        IsCurrent = member.IsCurrentOn(today),
        CreationTime = member.CreationTime,
        CreatorId = member.CreatorId,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateCommitteeDto ToUpdateDto(this CommitteeDto committee) => new()
    {
        Name = committee.Name,
        Kind = committee.Kind,
        CampaignOrFundName = committee.CampaignOrFundName,
        EstablishingDocumentId = committee.EstablishingDocumentId,
        ParentId = committee.ParentId,
        Note = committee.Note,
        ConcurrencyStamp = committee.ConcurrencyStamp,
    };

    /// <summary>An edit form filled with the record as it is.</summary>
    public static UpdateCommitteeMemberDto ToUpdateDto(this CommitteeMemberDto member) => new()
    {
        FullName = member.FullName,
        UserId = member.UserId,
        UnitId = member.UnitId,
        Title = member.Title,
    };
}
