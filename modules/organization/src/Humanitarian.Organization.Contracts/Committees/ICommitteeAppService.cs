using Humanitarian.Framework.Application;

namespace Humanitarian.Organization.Committees;

/// <summary>Steering committees and fundraising boards, and their members with positions and terms.</summary>
public interface ICommitteeAppService : IApplicationService
{
    Task<PagedResultDto<CommitteeDto>> GetListAsync(CommitteeListInput input);
    Task<CommitteeDto> GetAsync(Guid id);
    Task<CommitteeDto> CreateAsync(CreateCommitteeDto input);
    Task<CommitteeDto> UpdateAsync(Guid id, UpdateCommitteeDto input);
    Task DeleteAsync(Guid id);

    Task<ListResultDto<CommitteeMemberDto>> GetMembersAsync(Guid id, CommitteeMemberListInput input);
    Task<CommitteeMemberDto> AddMemberAsync(Guid id, CreateCommitteeMemberDto input);
    Task<CommitteeMemberDto> UpdateMemberAsync(Guid id, Guid memberId, UpdateCommitteeMemberDto input);
    Task<CommitteeMemberDto> EndMemberTermAsync(Guid id, EndCommitteeMemberTermInput input);
    Task<CommitteeMemberDto> ReplaceMemberAsync(Guid id, ReplaceCommitteeMemberInput input);
}
