"""Agents: many per workspace, each with a persona, connected sources, WHEN/THEN actions and leads.

Public surface: :class:`AgentStore` (records), :class:`AgentRuntime` / :class:`AgentReply` (answering as an
agent), the models in :mod:`rag_agent.agents.models`.
"""

from rag_agent.agents.models import Action, Agent, Condition, Lead, Then
from rag_agent.agents.runtime import AgentReply, AgentRuntime
from rag_agent.agents.store import AgentInactive, AgentStore

__all__ = ["Agent", "Action", "Condition", "Then", "Lead", "AgentStore", "AgentInactive", "AgentRuntime",
           "AgentReply"]
